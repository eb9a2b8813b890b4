briefingSearch.terms("ra",{"raising":[0,1]});
