briefingSearch.terms("fi",{"file":[0,1],"firm":[0,2]});
