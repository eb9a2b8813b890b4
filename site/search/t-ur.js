briefingSearch.terms("ur",{"urged":[0,1]});
