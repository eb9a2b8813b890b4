briefingSearch.terms("ma",{"may":[0,1]});
