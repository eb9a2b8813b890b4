briefingSearch.terms("oc",{"october":[0,1]});
